// The generated TypeScript client (typescript-fetch) against a live server: the scenario every
// client runs. Environment: MELTANO_API_URL, FIXTURES, WORK, CLIENT_PROJECT.
import {
  Configuration,
  EnvsApi,
  JobsApi,
  PluginsApi,
  ProjectsApi,
  ResponseError,
  RunStatus,
  RunsApi,
  StateApi,
} from "../../clients/typescript/src";

const url = process.env.MELTANO_API_URL!;
const fixtures = process.env.FIXTURES!;
const work = process.env.WORK!;
const project = process.env.CLIENT_PROJECT ?? "typescript-client";
const env = "dev";

function check(condition: unknown, what: string): void {
  if (!condition) {
    throw new Error(`typescript client scenario: ${what}`);
  }
}

async function problemOf(call: Promise<unknown>): Promise<{ status: number; type: string; title: string }> {
  try {
    await call;
  } catch (error) {
    check(error instanceof ResponseError, `a ResponseError, got ${error}`);
    const response = (error as ResponseError).response;
    check(response.headers.get("content-type") === "application/problem+json", "problem+json");
    return await response.json();
  }
  throw new Error("typescript client scenario: the call should have failed");
}

async function main(): Promise<void> {
  const config = new Configuration({ basePath: url });
  const projects = new ProjectsApi(config);
  const envs = new EnvsApi(config);
  const plugins = new PluginsApi(config);
  const jobs = new JobsApi(config);
  const runs = new RunsApi(config);
  const state = new StateApi(config);

  await projects.createProject({ project: { name: project } });
  await envs.createEnv({ project, env: { name: env } });
  await plugins.createPlugin({
    project, env,
    plugin: { name: "tap", pluginType: "extractors", executable: `${fixtures}/tap.py`, capabilities: ["state"], config: { records: 4 } },
  });
  await plugins.createPlugin({
    project, env,
    plugin: { name: "target", pluginType: "loaders", executable: `${fixtures}/target.py`, config: { output: `${work}/${project}.jsonl` } },
  });
  await jobs.createJob({ project, env, job: { name: "load", tasks: "tap target" } });

  let run = await runs.createJobRun({ project, env, job: "load", runOptions: {}, idempotencyKey: `${project}-1` });
  // Waiting for its end (no polling): first until it leaves QUEUED, then until it ends.
  if (run.status === RunStatus.Queued) {
    run = await runs.getRun({ project, env, run: run.id, waitSeconds: 30, waitWhileStatus: RunStatus.Queued });
  }
  if (run.status === RunStatus.Running) {
    run = await runs.getRun({ project, env, run: run.id, waitSeconds: 30 });
  }
  check(run.status === RunStatus.Success, `the run ended ${run.status}: ${run.error}`);

  const logs = await runs.listRunLogs({ project, env, run: run.id });
  check(logs.lines.some((l) => l.plugin === "tap" && l.text.includes("emitted 4 records")), "the log has the tap's lines");
  const saved = await state.getState({ project, env, stateId: `${env}:tap-to-target` });
  check((saved.completed as any)?.singer_state?.bookmarks?.items?.last_id === 4, `state: ${JSON.stringify(saved.completed)}`);

  for (const name of ["e1", "e2", "e3"]) {
    await envs.createEnv({ project, env: { name } });
  }
  const seen: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await envs.listEnvs({ project, pageSize: 1, pageToken });
    seen.push(...page.envs.map((e) => e.name));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  check(JSON.stringify(seen) === JSON.stringify(["dev", "e1", "e2", "e3"]), `pages gave ${seen}`);

  const missing = await problemOf(projects.getProject({ project: "no-such-project" }));
  check(missing.status === 404 && missing.type.startsWith("urn:meltano-api:problem:"), `404 problem: ${JSON.stringify(missing)}`);
  const stale = await problemOf(projects.replaceProject({ project, projectReplace: { description: "x" }, ifMatch: '"stale"' }));
  check(stale.status === 412 && stale.title.length > 0, `412 problem: ${JSON.stringify(stale)}`);

  console.log("typescript client scenario: ok");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
