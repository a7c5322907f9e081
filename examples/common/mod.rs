//! What both benches need: the release server started on a free port and stopped.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)] // not every bench needs extra arguments
pub async fn start(
    binary: &std::path::Path,
    data_dir: &std::path::Path,
) -> anyhow::Result<(Child, String)> {
    start_with(binary, data_dir, &[]).await
}

/// The server on a free port, with `args` after the defaults.
pub async fn start_with(
    binary: &std::path::Path,
    data_dir: &std::path::Path,
    args: &[&str],
) -> anyhow::Result<(Child, String)> {
    let port = free_port()?;
    let child = Command::new(binary)
        .args(["serve", "--port", &port.to_string(), "--data-dir"])
        .arg(data_dir)
        .args(args)
        .env("MELTANO_API_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let origin = format!("http://127.0.0.1:{port}");
    wait_healthy(&origin).await?;
    Ok((child, origin))
}

pub fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

pub async fn wait_healthy(origin: &str) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(r) = client.get(format!("{origin}/health")).send().await
            && r.status().is_success()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    anyhow::bail!("server at {origin} did not become healthy")
}

/// POSTs `body` to `url`; an error status is an error.
pub async fn post_json(
    client: &reqwest::Client,
    url: String,
    body: serde_json::Value,
) -> anyhow::Result<()> {
    client
        .post(url)
        .json(&body)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
