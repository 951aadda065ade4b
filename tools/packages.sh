# Sourced by tools/run-app and tools/run-tests: installs the Debian 12 packages Permanence
# needs, only those that are missing, so a second run does not touch apt at all.
PERMANENCE_PACKAGES=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  libspdlog-dev catch2 libexpected-dev
  fonts-dejavu-core xvfb xauth
)

ensure_packages() {
  local missing=()
  for p in "${PERMANENCE_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}
