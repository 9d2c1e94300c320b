@echo off
rem bin\xxgk ARGS...  is  java -jar target\xxgk.jar ARGS...  with a faster start, as bin/xxgk on Linux and macOS
rem (docs/cli.md). It adds what a jar cannot ask for itself (a manifest passes no JVM options):
rem  - the class-data archive target\xxgk.jsa that `mvn package` makes (AppCDS), used only when it is newer than
rem    the jar: a stale archive would be refused by the JVM anyway, only slower to find out;
rem  - the JVM options measured best for this work: the C1 compiler only, on one thread, the parallel
rem    collector, and no shared statistics file (jps and jstat then do not list the process).
rem JAVA_OPTS is passed on (set JAVA_OPTS=-Xmx256m); JAVA_HOME, when set, picks the java to run.
setlocal
set "target=%~dp0..\target"
set "jar=%target%\xxgk.jar"
set "jsa=%target%\xxgk.jsa"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
rem no parenthesised blocks: a path such as C:\Program Files (x86)\... would end them early
if exist "%jar%" goto jar_found
echo xxgk: %jar% missing: build it with  mvn -q package -DskipTests 1>&2
exit /b 2
:jar_found
set "cds="
if not exist "%jsa%" goto run
rem of the jar and the archive, the newer one is listed last when the folder is sorted by date
set "newest="
for /f "delims=" %%f in ('dir /b /a:-d /o:d "%target%\xxgk.j??" ^| findstr /x /i "xxgk.jar xxgk.jsa"') do set "newest=%%f"
if /i "%newest%"=="xxgk.jsa" set cds="-XX:SharedArchiveFile=%jsa%" -Xlog:cds=off -Xlog:cds+dynamic=off
:run
"%java%" %cds% -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData %JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
