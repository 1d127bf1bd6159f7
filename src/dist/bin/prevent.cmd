@echo off
rem prevent: keep a Prevent delivery plan as YAML in git. The launcher of an unpacked release on Windows:
rem it finds its own folder, then Java (the release's own runtime, else %JAVA_HOME%, else java on the PATH).
rem PREVENT_JAVA_OPTS adds JVM options, e.g. set PREVENT_JAVA_OPTS=-Xmx4g for a national roll-up.
setlocal
set "PREVENT_HOME=%~dp0.."
if exist "%PREVENT_HOME%\runtime\bin\java.exe" (
  set "PREVENT_JAVA=%PREVENT_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "PREVENT_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "PREVENT_JAVA=java"
)
"%PREVENT_JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseParallelGC %PREVENT_JAVA_OPTS% -cp "%PREVENT_HOME%\lib\prevent.jar" dev.prevent.cli.Main %*
exit /b %ERRORLEVEL%
