@echo off
rem minga: runs Minga from anywhere on Windows, e.g. `bin\minga run scenarios\baseline.yaml`,
rem or put bin\ on your PATH and type `minga ...`. Builds target\minga.jar the first time
rem (needs Maven). MINGA_JAVA_OPTS passes options to Java (e.g. -Xmx4g).
setlocal
set "REPO=%~dp0.."
set "JAR=%REPO%\target\minga.jar"
if defined MINGA_JAR set "JAR=%MINGA_JAR%"
if not exist "%JAR%" (
  echo minga: building %JAR%, once ^(mvn -q -DskipTests package^)... 1>&2
  pushd "%REPO%"
  call mvn -q -DskipTests package 1>&2
  popd
)
java %MINGA_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
