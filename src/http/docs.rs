//! `GET /docs`: the interactive API reference (Swagger UI) of the spec this server serves, with
//! try-it-out against this server. Its assets come from the `swagger-ui-dist` crate, compiled
//! into the binary: nothing is fetched from elsewhere, at build or at run time.

use axum::Router;
use axum::response::Html;
use axum::routing::get;

/// Where the Swagger UI assets are served.
const ASSETS: &str = "/docs/assets";

/// Our own page rather than the crate's (which builds asset links from the request path, so
/// `/docs/` would break): the spec from `/openapi.yaml`, no online validator, try-it-out on.
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Meltano Core API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: "/openapi.yaml",
      dom_id: "#swagger-ui",
      validatorUrl: "none",
      tryItOutEnabled: true,
      deepLinking: true,
      displayOperationId: true,
    });
  </script>
</body>
</html>
"##;

pub fn routes() -> Router {
    let assets = swagger_ui_dist::generate_routes(swagger_ui_dist::ApiDefinition {
        uri_prefix: ASSETS,
        api_definition: swagger_ui_dist::OpenApiSource::Uri("/openapi.yaml"),
        title: Some("Meltano Core API"),
    });
    Router::new()
        .route("/docs", get(|| async { Html(PAGE) }))
        .route("/docs/", get(|| async { Html(PAGE) }))
        .merge(assets)
}
