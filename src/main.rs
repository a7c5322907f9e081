use clap::Parser;
use meltano_api::config::{Cli, Command};

fn main() -> anyhow::Result<()> {
    let command = Cli::parse().command.unwrap_or_default();
    // The settings hold the secrets now: nothing else of this process may show them.
    meltano_api::config::forget_secrets();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(command))
}

async fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(settings) => {
            meltano_api::startup::init_tracing(settings.log_format);
            let app = meltano_api::startup::Application::build(settings).await?;
            app.run_until_stopped().await
        }
        Command::Import {
            path,
            name,
            database,
        } => {
            meltano_api::store::files::make_private(
                &database.data_dir,
                database.database_url.is_none(),
            )?;
            let store = meltano_api::store::Store::connect(&database.database_url()).await?;
            let (project, skipped) =
                meltano_api::meltano::import_folder(&store, &path, name.as_deref()).await?;
            println!(
                "imported project '{}' from {}",
                project.name,
                path.display()
            );
            for state_id in skipped {
                println!("skipped state '{state_id}': no environment to hold it");
            }
            Ok(())
        }
        Command::HashToken => {
            let mut token = String::new();
            std::io::stdin().read_line(&mut token)?;
            println!("{}", meltano_api::http::auth::digest_line(token.trim()));
            Ok(())
        }
        Command::Spec { json } => {
            if json {
                println!("{}", meltano_api::spec::Spec::load().json());
            } else {
                print!("{}", meltano_api::spec::SPEC_YAML);
            }
            Ok(())
        }
    }
}
