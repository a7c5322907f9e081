//! Every operation of the spec that is not implemented yet answers 501 problem+json naming itself;
//! every other operation is implemented (never a 501).

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{assert_problem, spawn_app};

/// What is still to come: starting runs (and what starts them), tests and services.
const NOT_IMPLEMENTED_TAGS: [&str; 2] = ["Tests", "Services"];
const NOT_IMPLEMENTED_OPERATIONS: [&str; 6] = [
    "installPlugin",
    "runSchedule",
    "createRun",
    "createJobRun",
    "cancelRun",
    "listRunLogs",
];

/// A value that passes the spec's pattern for each path parameter.
fn sample(param: &str) -> &'static str {
    match param {
        "state_id" => "dev:tap-x-to-target-y",
        "run" | "test" => "0192f0c4-7b1e-7c3a-9d55-3f2a9c1e8b4d",
        _ => "dev",
    }
}

#[tokio::test]
async fn unimplemented_operations_answer_501_and_no_other_does() {
    let app = spawn_app().await;
    let spec: Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string("spec/openapi.yaml").unwrap()).unwrap();
    let mut pending = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let (Some(tag), Some(operation_id)) = (
                operation["tags"][0].as_str(),
                operation["operationId"].as_str(),
            ) else {
                continue;
            };
            let concrete = path
                .split('/')
                .map(
                    |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(param) => sample(param),
                        None => segment,
                    },
                )
                .collect::<Vec<_>>()
                .join("/");
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let mut request = app.request(method.clone(), &concrete);
            if let Some(content) = operation["requestBody"]["content"].as_object() {
                let media = content.keys().next().unwrap().clone();
                let example = content[&media]["schema"]["$ref"]
                    .as_str()
                    .and_then(|r| spec.pointer(&r[1..]))
                    .map(|schema| schema["example"].clone())
                    .unwrap_or(json!({}));
                request = request
                    .header("content-type", media)
                    .body(example.to_string());
            }
            let response = request.send().await.unwrap();
            if !(NOT_IMPLEMENTED_TAGS.contains(&tag)
                || NOT_IMPLEMENTED_OPERATIONS.contains(&operation_id))
            {
                // Implemented: whatever it answers here (nothing exists: 404), it is not a stub.
                assert_ne!(
                    response.status(),
                    StatusCode::NOT_IMPLEMENTED,
                    "{method} {path}"
                );
                continue;
            }
            let problem = assert_problem(response, StatusCode::NOT_IMPLEMENTED).await;
            assert!(
                problem["detail"].as_str().unwrap().contains(operation_id),
                "{method} {path}: {problem}"
            );
            pending += 1;
        }
    }
    assert_eq!(pending, 14, "every not-yet-implemented operation was tried");
}
