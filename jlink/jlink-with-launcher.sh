#!/bin/sh
# javafx-maven-plugin runs this in place of jlink (<jlinkExecutable> in pom.xml). It runs the real jlink with the
# same arguments, then replaces the image's launcher script bin/<name> with fmx-launcher.sh, which keeps the JVM's
# incubator warning off the console (see README.md). The plugin afterwards fills in JLINK_VM_OPTIONS in it.
set -eu

here=$(cd -- "$(dirname -- "$0")" && pwd)

# The jlink of the JDK that runs Maven: JAVA_HOME's (the Maven Wrapper sets it when it picks a JDK 25 itself, and
# mvn runs $JAVA_HOME/bin/java when it is set), else the one next to the java on PATH, following symlinks such as
# /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/.../bin/java.
jlink=
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jlink" ]; then
    jlink=$JAVA_HOME/bin/jlink
elif java=$(command -v java); then
    while [ -h "$java" ]; do
        link=$(readlink "$java")
        case $link in
            /*) java=$link ;;
            *) java=$(dirname -- "$java")/$link ;;
        esac
    done
    if [ -x "$(dirname -- "$java")/jlink" ]; then jlink=$(dirname -- "$java")/jlink; fi
fi
if [ -z "$jlink" ]; then
    echo "jlink-with-launcher.sh: no jlink found: set JAVA_HOME to a JDK 25 (JAVA_HOME='${JAVA_HOME:-}')" >&2
    exit 1
fi

# Where the image goes and which launcher jlink writes (--launcher NAME=MODULE[/MAINCLASS]).
output= launcher= prev=
for arg do
    case $prev in
        --output) output=$arg ;;
        --launcher) launcher=$arg ;;
    esac
    case $arg in
        --output=*) output=${arg#--output=} ;;
        --launcher=*) launcher=${arg#--launcher=} ;;
    esac
    prev=$arg
done

# The plugin passes --compress as a number, which JDK 25's jlink calls deprecated: give it the named level
# (2 was zip-6). The list is rebuilt in place: the loop walks the original arguments while "set --" appends.
count=$# prev=
for arg do
    original=$arg
    if [ "$prev" = --compress ]; then
        case $arg in
            0) arg=zip-0 ;;
            1 | 2) arg=zip-6 ;;
        esac
    fi
    set -- "$@" "$arg"
    prev=$original
done
shift "$count"

"$jlink" "$@"

# Plain calls such as the plugin's "jlink --version" create no launcher.
if [ -z "$output" ] || [ -z "$launcher" ]; then exit 0; fi
script=$output/bin/${launcher%%=*}
if [ ! -f "$script" ]; then
    echo "jlink-with-launcher.sh: jlink wrote no launcher $script" >&2
    exit 1
fi
# Writing into the existing file keeps the mode jlink gave it (executable).
sed "s|@MODULE_MAIN@|${launcher#*=}|" "$here/fmx-launcher.sh" >"$script"
