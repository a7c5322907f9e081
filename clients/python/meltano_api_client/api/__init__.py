# flake8: noqa

# import apis into api package
from meltano_api_client.api.envs_api import EnvsApi
from meltano_api_client.api.events_api import EventsApi
from meltano_api_client.api.jobs_api import JobsApi
from meltano_api_client.api.plugins_api import PluginsApi
from meltano_api_client.api.projects_api import ProjectsApi
from meltano_api_client.api.runs_api import RunsApi
from meltano_api_client.api.schedules_api import SchedulesApi
from meltano_api_client.api.services_api import ServicesApi
from meltano_api_client.api.state_api import StateApi
from meltano_api_client.api.tests_api import TestsApi
from meltano_api_client.api.webhooks_api import WebhooksApi

