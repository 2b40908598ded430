using PiriformisRehab.EndToEnd.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(AppServer))]
[assembly: NoCspViolations]
[assembly: ClosesBrowserContexts]
