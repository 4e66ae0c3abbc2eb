#!/usr/bin/env bash
# Installs everything Lyrae needs to build and test on Debian 12 or 13, idempotently:
#  - Vollt ADQLLib 2.0 (Debian's adql-java 2.0~beta+ds-4; on Debian 12 fetched from the Debian 13
#    suite through apt, with a private sources list derived from this machine's own mirror),
#    checked against its SHA-256 and installed into the local Maven repository;
#  - PostgreSQL's pgSphere for the installed server's major version, STILTS, pyvo, astroquery;
#  - libgomp1, the OpenMP runtime that XGBoost4J's bundled native library links against;
#  - chromium and chromium-driver, the headless browser the web pages' end-to-end test drives.
# Run as root (or with sudo). A second run does nothing but checks.
set -euo pipefail

ADQL_DEB_VERSION="2.0~beta+ds-4"
ADQL_JAR_SHA256="43ac7cc8ab1ff43982b236a266f1217792eaa6ae537d9be56f69e316340d21c6"
ADQL_GROUP="fr.unistra.vollt"; ADQL_ARTIFACT="adql"; ADQL_VERSION="2.0-beta"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"
ADQL_M2_JAR="$M2_REPO/fr/unistra/vollt/adql/$ADQL_VERSION/adql-$ADQL_VERSION.jar"
export DEBIAN_FRONTEND=noninteractive

log() { printf 'bootstrap: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

install_packages() {
  local missing=()
  for p in "$@"; do installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_update_once
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

pg_major() {
  # The major version of the PostgreSQL server that runs here (the cluster in /etc/postgresql).
  if [ -d /etc/postgresql ]; then ls /etc/postgresql | sort -V | tail -1; return; fi
  if command -v pg_config >/dev/null; then pg_config --version | sed -E 's/[^0-9]*([0-9]+).*/\1/'; return; fi
  echo ""
}

# The mirror this machine already uses for Debian's main archive (never a hard-coded host).
debian_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^(https?|file):/) {print $i; exit} }' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || { echo "bootstrap: cannot find this machine's Debian mirror in its apt sources" >&2; exit 1; }
  echo "$uri"
}

install_adql() {
  if [ -f "$ADQL_M2_JAR" ] && echo "$ADQL_JAR_SHA256  $ADQL_M2_JAR" | sha256sum -c --quiet - 2>/dev/null; then
    return
  fi
  local work jar
  work=$(mktemp -d)
  chmod 755 "$work"
  if apt-cache policy adql-java 2>/dev/null | grep -q "$ADQL_DEB_VERSION"; then
    log "fetching adql-java $ADQL_DEB_VERSION from the configured suites"
    (cd "$work" && apt-get download "adql-java=$ADQL_DEB_VERSION" >/dev/null)
  else
    log "fetching adql-java $ADQL_DEB_VERSION from the Debian 13 (trixie) suite of $(debian_mirror)"
    mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
    local keyring=/usr/share/keyrings/debian-archive-trixie-stable.gpg
    [ -f "$keyring" ] || keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    echo "deb [signed-by=$keyring] $(debian_mirror) trixie main" > "$work/sources.list"
    local opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
                -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "Debug::NoLocking=1"
                -o "APT::Sandbox::User=root")
    apt-get "${opts[@]}" update -qq
    (cd "$work" && apt-get "${opts[@]}" download "adql-java=$ADQL_DEB_VERSION" >/dev/null)
  fi
  dpkg-deb -x "$work"/adql-java_*.deb "$work/x"
  jar=$(find "$work/x" -type f -name 'adql-*.jar' | head -1)
  echo "$ADQL_JAR_SHA256  $jar" | sha256sum -c --quiet - || {
    echo "bootstrap: SHA-256 of $jar does not match $ADQL_JAR_SHA256; refusing to install it" >&2; exit 1; }
  mvn -q -B install:install-file -Dfile="$jar" -DgroupId="$ADQL_GROUP" -DartifactId="$ADQL_ARTIFACT" \
      -Dversion="$ADQL_VERSION" -Dpackaging=jar -DgeneratePom=true
  rm -rf "$work"
  log "installed Vollt ADQLLib as $ADQL_GROUP:$ADQL_ARTIFACT:$ADQL_VERSION"
}

# pgSphere 1.2.0 as Debian 12 ships it cannot be created on PostgreSQL minor releases that check
# operator commutators strictly (15.14 and later): two DaCHS-compatibility '@' operators for MOCs
# repeat a commutator and negator pair. We add a version "<default>-lyrae" of the install script
# without those two clauses (the operators still work); Lyrae falls back to it only when the
# packaged script fails.
patch_pgsphere() {
  local v="$1" dir="/usr/share/postgresql/$1/extension"
  [ -f "$dir/pg_sphere.control" ] || return 0
  local dflt; dflt=$(sed -nE "s/^default_version *= *'([^']+)'.*/\1/p" "$dir/pg_sphere.control")
  local src="$dir/pg_sphere--$dflt.sql" dst="$dir/pg_sphere--$dflt-lyrae.sql"
  [ -f "$src" ] || return 0
  [ -f "$dst" ] && [ "$dst" -nt "$src" ] && return 0
  log "adding pgSphere install script $dflt-lyrae for PostgreSQL $v"
  awk '/backwards-compatible operators for GAVO DaCHS/{tail=1}
       tail && /^CREATE OPERATOR @ \(/{inop=1}
       inop && /(COMMUTATOR|NEGATOR)/{next}
       /^\);/{inop=0}
       {print}' "$src" | as_root tee "$dst" >/dev/null
}

ensure_postgres_running() {
  local v; v=$(pg_major)
  [ -n "$v" ] || return 0
  if command -v pg_ctlcluster >/dev/null && ! pg_ctlcluster "$v" main status >/dev/null 2>&1; then
    log "starting PostgreSQL $v"
    as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start || true
  fi
}

main() {
  command -v mvn >/dev/null || install_packages maven
  command -v java >/dev/null || install_packages openjdk-17-jdk-headless
  local v; v=$(pg_major)
  local pkgs=(stilts python3-pyvo python3-astroquery curl libgomp1 chromium chromium-driver)
  [ -n "$v" ] && pkgs+=("postgresql-$v-pgsphere")
  install_packages "${pkgs[@]}"
  install_adql
  [ -n "$v" ] && patch_pgsphere "$v"
  ensure_postgres_running
  log "ok"
}

main "$@"
