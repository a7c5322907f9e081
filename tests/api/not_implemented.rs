//! Every operation of the spec that is not implemented yet answers 501 problem+json naming itself.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{assert_problem, spawn_app};

const IMPLEMENTED_TAGS: [&str; 4] = ["Projects", "Envs", "State", "Plugins"];

/// A value that passes the spec's pattern for each path parameter.
fn sample(param: &str) -> &'static str {
    match param {
        "state_id" => "dev:tap-x-to-target-y",
        "run" | "test" => "0192f0c4-7b1e-7c3a-9d55-3f2a9c1e8b4d",
        _ => "dev",
    }
}

#[tokio::test]
async fn unimplemented_operations_answer_501() {
    let app = spawn_app().await;
    let spec: Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string("spec/openapi.yaml").unwrap()).unwrap();
    let mut checked = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(tag) = operation["tags"][0].as_str() else {
                continue;
            };
            if IMPLEMENTED_TAGS.contains(&tag) {
                continue;
            }
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
            let problem =
                assert_problem(request.send().await.unwrap(), StatusCode::NOT_IMPLEMENTED).await;
            let operation_id = operation["operationId"].as_str().unwrap();
            assert!(
                problem["detail"].as_str().unwrap().contains(operation_id),
                "{method} {path}: {problem}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 30, "every not-yet-implemented operation was tried");
}
