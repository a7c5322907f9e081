//! Every operation of the spec is implemented: walked from the spec itself, none answers 501 (or
//! 405: the router has a route for each), whatever else it answers to a request on nothing.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

/// A value that passes the spec's pattern for each path parameter.
fn sample(param: &str) -> &'static str {
    match param {
        "state_id" => "dev:tap-x-to-target-y",
        "run" | "test" => "0192f0c4-7b1e-7c3a-9d55-3f2a9c1e8b4d",
        _ => "dev",
    }
}

#[tokio::test]
async fn every_operation_of_the_spec_is_implemented() {
    let app = spawn_app().await;
    let spec: Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string("spec/openapi.yaml").unwrap()).unwrap();
    let mut checked = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(operation_id) = operation["operationId"].as_str() else {
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
            assert!(
                ![StatusCode::NOT_IMPLEMENTED, StatusCode::METHOD_NOT_ALLOWED]
                    .contains(&response.status()),
                "{operation_id}: {method} {path} answered {}",
                response.status()
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 73, "every operation of the spec was tried");
}
