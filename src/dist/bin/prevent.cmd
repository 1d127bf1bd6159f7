@echo off
rem prevent: keep a Prevent delivery plan as YAML in git. The launcher of an unpacked release on Windows, doing what
rem bin/prevent does: it finds its own folder, then Java (the release's own runtime, else %JAVA_HOME%, else java on
rem the PATH) and says what to install when there is none; it keeps a class-data-sharing archive of the tool under
rem %LOCALAPPDATA%\prevent, made at the end of the first run, so that later runs start in about half the time; and it
rem has the console show UTF-8 for the run (arrows, accents, the pound sign), putting the code page back after.
rem PREVENT_JAVA_OPTS adds JVM options, e.g. set PREVENT_JAVA_OPTS=-Xmx4g for a national roll-up.
setlocal EnableExtensions DisableDelayedExpansion
set "PREVENT_HOME=%~dp0.."
set "PREVENT_JAR=%PREVENT_HOME%\lib\prevent.jar"
set "PREVENT_JAVA="
if exist "%PREVENT_HOME%\runtime\bin\java.exe" (
  set "PREVENT_JAVA=%PREVENT_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "PREVENT_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  for %%J in (java.exe) do set "PREVENT_JAVA=%%~$PATH:J"
)
if not defined PREVENT_JAVA goto nojava
if not exist "%PREVENT_JAVA%" goto nojava

rem UTF-8 for this run only: the code page the console had is put back at the end.
set "PREVENT_CP="
for /f "tokens=2 delims=:" %%C in ('chcp') do set "PREVENT_CP=%%C"
if defined PREVENT_CP set "PREVENT_CP=%PREVENT_CP: =%"
if defined PREVENT_CP set "PREVENT_CP=%PREVENT_CP:.=%"
set "PREVENT_UTF8="
chcp 65001 >nul 2>&1 && set "PREVENT_UTF8=-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"

rem C1 only: plans are read in well under a second, before the optimising compiler would pay off. The archive is
rem mapped where it was made to be (ArchiveRelocationMode=0, Java 17's default), not moved and patched on every run.
set "PREVENT_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 %PREVENT_UTF8% %PREVENT_JAVA_OPTS%"

rem The JVM checks the archive's checksums (-XX:+VerifySharedSpaces): a damaged one is not used, the run goes on, and
rem the tool removes it (prevent.archive) so that the next run makes it again.
rem One archive per release and per Java runtime (an archive made by another JVM cannot be used by this one): its
rem name holds the size and time of both. Without %LOCALAPPDATA%, or where it cannot be written, there is none.
if not defined LOCALAPPDATA goto plain
set "PREVENT_CACHE=%LOCALAPPDATA%\prevent"
for %%F in ("%PREVENT_JAR%") do set "PREVENT_KEY=%%~zF-%%~tF"
for %%F in ("%PREVENT_JAVA%") do set "PREVENT_KEY=%PREVENT_KEY%-%%~zF-%%~tF"
set "PREVENT_KEY=%PREVENT_KEY:/=%"
set "PREVENT_KEY=%PREVENT_KEY::=%"
set "PREVENT_KEY=%PREVENT_KEY: =%"
set "PREVENT_KEY=%PREVENT_KEY:.=%"
set "PREVENT_ARCHIVE=%PREVENT_CACHE%\prevent-%PREVENT_KEY%.jsa"
if exist "%PREVENT_ARCHIVE%" goto archived
if not exist "%PREVENT_CACHE%\" mkdir "%PREVENT_CACHE%" >nul 2>&1
if not exist "%PREVENT_CACHE%\" goto plain

rem First run: the command runs, then a static archive is made of the classes the commands users run most load,
rem listed when the release was built (lib\classlist), under a name of its own and then moved into place, so no run
rem ever sees half an archive. If that fails, the next run simply tries again.
set "PREVENT_NEW=%PREVENT_ARCHIVE%.%RANDOM%%RANDOM%"
"%PREVENT_JAVA%" %PREVENT_FLAGS% -cp "%PREVENT_JAR%" dev.prevent.cli.Main %*
set "PREVENT_STATUS=%ERRORLEVEL%"
"%PREVENT_JAVA%" -Xshare:dump -XX:SharedClassListFile="%PREVENT_HOME%\lib\classlist" -XX:SharedArchiveFile="%PREVENT_NEW%" -cp "%PREVENT_JAR%" >nul 2>&1 && move /y "%PREVENT_NEW%" "%PREVENT_ARCHIVE%" >nul 2>&1
del /q "%PREVENT_NEW%" >nul 2>&1
goto done

:archived
"%PREVENT_JAVA%" -XX:SharedArchiveFile="%PREVENT_ARCHIVE%" -Xshare:auto -XX:+VerifySharedSpaces "-Dprevent.archive=%PREVENT_ARCHIVE%" %PREVENT_FLAGS% -cp "%PREVENT_JAR%" dev.prevent.cli.Main %*
set "PREVENT_STATUS=%ERRORLEVEL%"
goto done

:plain
"%PREVENT_JAVA%" %PREVENT_FLAGS% -cp "%PREVENT_JAR%" dev.prevent.cli.Main %*
set "PREVENT_STATUS=%ERRORLEVEL%"
goto done

:nojava
if defined JAVA_HOME (
  echo prevent: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; set it to a Java 17 or later folder, or remove it 1>&2
) else (
  echo prevent: needs Java 17 or later, and found none. Install the Temurin 17 JRE from https://adoptium.net ^(the .msi, with "Set JAVA_HOME" ticked^), then open a new Command Prompt 1>&2
)
exit /b 2

:done
if defined PREVENT_CP chcp %PREVENT_CP% >nul 2>&1
exit /b %PREVENT_STATUS%
