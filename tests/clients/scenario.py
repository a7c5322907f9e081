"""The generated Python client against a live server: the scenario every client runs.

Environment: MELTANO_API_URL (the API's base URL), FIXTURES (tests/fixtures), WORK (a scratch
directory), CLIENT_PROJECT (the project to create).
"""

import base64
import hashlib
import hmac
import http.server
import os
import threading
import time

import meltano_api_client as client
from meltano_api_client.exceptions import ApiException

URL = os.environ["MELTANO_API_URL"]
FIXTURES = os.environ["FIXTURES"]
WORK = os.environ["WORK"]
PROJECT = os.environ.get("CLIENT_PROJECT", "python-client")
ENV = "dev"


def check(condition, what):
    if not condition:
        raise SystemExit(f"python client scenario: {what}")


api = client.ApiClient(client.Configuration(host=URL))
projects = client.ProjectsApi(api)
envs = client.EnvsApi(api)
plugins = client.PluginsApi(api)
jobs = client.JobsApi(api)
runs = client.RunsApi(api)
state = client.StateApi(api)
webhooks = client.WebhooksApi(api)
events = client.EventsApi(api)

# A webhook receiver: it keeps each delivery's headers and body.
received = []


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


receiver = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=receiver.serve_forever, daemon=True).start()
SECRET = "whsec_" + base64.b64encode(os.urandom(32)).decode()

projects.create_project(client.Project(name=PROJECT))
envs.create_env(PROJECT, client.Env(name=ENV))
plugins.create_plugin(PROJECT, ENV, client.Plugin(
    name="tap", plugin_type="extractors", executable=f"{FIXTURES}/tap.py",
    capabilities=["state"], config={"records": 4}))
plugins.create_plugin(PROJECT, ENV, client.Plugin(
    name="target", plugin_type="loaders", executable=f"{FIXTURES}/target.py",
    config={"output": f"{WORK}/{PROJECT}.jsonl"}))
jobs.create_job(PROJECT, ENV, client.Job(name="load", tasks=client.Tasks("tap target")))
hook = webhooks.create_webhook(PROJECT, client.WebhookCreate(
    name="ends", url=f"http://127.0.0.1:{receiver.server_port}/hook", secret=SECRET, job="load"))
check(hook.events == [client.RunEventType.RUN_DOT_ENDED], f"default events: {hook.events}")

run = runs.create_job_run(PROJECT, ENV, "load", client.RunOptions(), idempotency_key=f"{PROJECT}-1")
# Waiting for its end (no polling): a queued run starts, then ends, within two waits.
for _ in range(2):
    if run.status in (client.RunStatus.QUEUED, client.RunStatus.RUNNING):
        run = runs.get_run(PROJECT, ENV, run.id, wait_seconds=30)
check(run.status == client.RunStatus.SUCCESS, f"the run ended {run.status}: {run.error}")

lines = runs.list_run_logs(PROJECT, ENV, run.id).lines
check(any(l.plugin == "tap" and "emitted 4 records" in l.text for l in lines), "the log has the tap's lines")
saved = state.get_state(PROJECT, ENV, f"{ENV}:tap-to-target")
check(saved.completed["singer_state"]["bookmarks"]["items"]["last_id"] == 4, f"state: {saved.completed}")

# The run's end was delivered, signed with the secret, as a RunEvent the client reads.
for _ in range(100):
    deliveries = webhooks.list_webhook_deliveries(PROJECT, "ends").deliveries
    if deliveries and deliveries[0].status != client.DeliveryStatus.PENDING:
        break
    time.sleep(0.1)
check(len(deliveries) == 1 and deliveries[0].status == client.DeliveryStatus.DELIVERED, f"deliveries: {deliveries}")
headers, body = received[0]
signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
mac = hmac.new(base64.b64decode(SECRET[len("whsec_"):]), signed, hashlib.sha256).digest()
check(headers["webhook-signature"] == "v1," + base64.b64encode(mac).decode(), "the signature")
event = client.RunEvent.from_json(body.decode())
check(event.type == client.RunEventType.RUN_DOT_ENDED and event.run.id == run.id, f"event: {event}")
check(event.run.status == client.RunStatus.SUCCESS, f"event: {event}")

# Pagination: every environment once, one per page.
for name in ("e1", "e2", "e3"):
    envs.create_env(PROJECT, client.Env(name=name))
seen, token = [], None
while True:
    page = envs.list_envs(PROJECT, page_size=1, page_token=token)
    seen += [e.name for e in page.envs]
    token = page.next_page_token
    if not token:
        break
check(seen == ["dev", "e1", "e2", "e3"], f"pages gave {seen}")

# Errors surface as problem details.
try:
    projects.get_project("no-such-project")
    check(False, "a missing project is an error")
except ApiException as error:
    check(error.status == 404, f"404 expected, got {error.status}")
    check(error.data.type.startswith("urn:meltano-api:problem:"), f"problem type: {error.data}")
try:
    projects.replace_project(PROJECT, client.ProjectReplace(description="x"), if_match='"stale"')
    check(False, "a stale If-Match is an error")
except ApiException as error:
    check(error.status == 412, f"412 expected, got {error.status}")
    check(error.data.status == 412 and error.data.title, f"problem: {error.data}")

# The log of writes: this scenario's writes, newest first (the refused replace is not one).
logged = [e.operation for e in events.list_events(PROJECT, page_size=1000).events]
check(logged[:3] == ["createEnv"] * 3 and logged[-2:] == ["createEnv", "createProject"], f"events: {logged}")
check("createJobRun" in logged and "replaceProject" not in logged, f"events: {logged}")
setup = events.list_events(PROJECT, operation="createPlugin").events
check([e.method for e in setup] == ["POST", "POST"] and setup[0].actor is None, f"plugin events: {setup}")

print("python client scenario: ok")
