# Sourced by the scripts that compare with real Meltano: installs it (tools/meltano-requirements.txt)
# into .venv-meltano/ when the requirements changed, and sets `meltano` to its command.
want="$(sha256sum tools/meltano-requirements.txt | cut -d' ' -f1)"
if [ "$(cat .venv-meltano/.requirements.sha256 2>/dev/null)" != "$want" ]; then
  python3 -m venv .venv-meltano
  .venv-meltano/bin/pip install --quiet --disable-pip-version-check -r tools/meltano-requirements.txt
  echo "$want" >.venv-meltano/.requirements.sha256
fi
meltano="$PWD/.venv-meltano/bin/meltano"
export MELTANO_SEND_ANONYMOUS_USAGE_STATS=false
