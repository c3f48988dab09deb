# Sourced by ./mvnw, infra/local/* and .ci/run: keeps JAVA_HOME if set, else finds a JDK 25 or newer.
opensor_java_version() { # prints the feature version of the JDK at $1, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
opensor_find_jdk() {
  [ -n "${JAVA_HOME-}" ] && return 0
  case $- in *f*) _noglob=1; set +f ;; *) _noglob= ;; esac # callers such as mvnw run with globbing off
  _path_java=$(command -v java 2>/dev/null) && _path_java=$(dirname "$(dirname "$(readlink -f "$_path_java")")")
  for _jdk in $_path_java /usr/lib/jvm/* /opt/java/* /opt/*jdk* "${HOME}"/.sdkman/candidates/java/* "${HOME}"/.jdks/*; do
    [ -x "$_jdk/bin/javac" ] || continue
    _v=$(opensor_java_version "$_jdk")
    if [ -n "$_v" ] && [ "$_v" -ge 25 ]; then export JAVA_HOME="$_jdk"; [ -z "$_noglob" ] || set -f; return 0; fi
  done
  [ -z "$_noglob" ] || set -f
  echo "No JDK 25 found: install Temurin 25 (package temurin-25-jdk) and set JAVA_HOME to it." >&2
  return 1
}
opensor_find_jdk
