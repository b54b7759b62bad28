#!/bin/sh
# Launcher of the Feature Map Explorer runtime image, put in by jlink/jlink-with-launcher.sh (see jlink/README.md).
# It runs java as jlink's own launcher does, but keeps the line the JVM prints at every start,
# "WARNING: Using incubator modules: jdk.incubator.vector", off the console: no JVM option turns it off.
# stdin and stdout go to java untouched; the rest of stderr passes through line by line, in order; the exit
# status is java's. POSIX sh: the image also runs on macOS.

# javafx-maven-plugin fills in the pom's <options> here; it looks for a line that is exactly "JLINK_VM_OPTIONS=".
JLINK_VM_OPTIONS=

# The options are split on spaces below, as in jlink's launcher, but must not be glob-expanded.
set -f

# Follow symlinks (say ~/bin/fmx -> <image>/bin/fmx) to the image's own bin directory.
self=$0
while [ -h "$self" ]; do
    link=$(readlink "$self")
    case $link in
        /*) self=$link ;;
        *) self=$(dirname -- "$self")/$link ;;
    esac
done
DIR=$(dirname -- "$self")

WARNING='WARNING: Using incubator modules: jdk.incubator.vector'

# Copies java's stderr to ours, one line as soon as it is complete, without the JVM's first incubator warning.
filter_stderr() {
    # Run until java closes stderr: whatever java prints while it shuts down after Ctrl-C must still show.
    trap '' INT QUIT TERM HUP
    dropped=
    while IFS= read -r line; do
        if [ -z "$dropped" ] && [ "$line" = "$WARNING" ]; then
            dropped=1
        else
            printf '%s\n' "$line"
        fi
    done
    # A last line without a newline.
    if [ -n "$line" ]; then printf '%s' "$line"; fi
}

# Ctrl-C and Ctrl-\ reach java too (same process group): each shell here waits for java to finish instead of
# dying first, so java's exit status and last lines are kept. A trap with a command (not '') leaves java the
# default handling of these signals.
trap : INT QUIT

# fd 3: our stdout, handed to java as its stdout. java's stderr goes through the pipe to the filter; its exit
# status comes out on fd 4 into the command substitution.
exec 3>&1
status=$(
    trap : INT QUIT
    {
        {
            trap : INT QUIT
            "$DIR/java" $JLINK_VM_OPTIONS -m @MODULE_MAIN@ "$@" 2>&1 >&3 3>&- 4>&-
            echo $? >&4
        } | filter_stderr >&2 3>&- 4>&-
    } 4>&1
)
exec 3>&-
exit "${status:-1}"
