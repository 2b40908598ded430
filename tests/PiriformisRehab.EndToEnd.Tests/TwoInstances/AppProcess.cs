using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PiriformisRehab.EndToEnd.Tests.TwoInstances;

/// <summary>The published app as a process of its own on a loopback port, killed on dispose if still running.</summary>
internal sealed class AppProcess : IAsyncDisposable
{

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Runs `dotnet app.dll migrate` and waits for it to exit.</summary>
    public static async Task MigrateAsync(string publishedApp, string connectionString)
    {
        await using var migrate = Start("migrate", publishedApp, connectionString, port: 0, "migrate");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await migrate._process.WaitForExitAsync(timeout.Token);
        Assert.True(migrate._process.ExitCode == 0, $"migrate exited {migrate._process.ExitCode}:{Environment.NewLine}{migrate.Output}");
    }

    /// <summary>Instances started side by side; if one fails, the others are stopped too.</summary>
    public static async Task<AppProcess[]> StartInstancesAsync(string publishedApp, string connectionString, params string[] names)
    {
        var starting = names.Select(name => StartInstanceAsync(name, publishedApp, connectionString)).ToList();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>An instance that serves, without migrating (the migrate step ran once before).</summary>
    public static async Task<AppProcess> StartInstanceAsync(string name, string publishedApp, string connectionString)
    {
        var instance = Start(name, publishedApp, connectionString, FreePort());
        try
        {
            await WaitUntilReadyAsync(instance);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    private static async Task WaitUntilReadyAsync(AppProcess instance)
    {
        var name = instance.Name;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(instance.HasExited, $"Instance {name} exited while starting:{Environment.NewLine}{instance.Output}");
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"Instance {name} was not ready within 60 s:{Environment.NewLine}{instance.Output}");
            try
            {
                using var ready = await http.GetAsync(new Uri(instance.Address, "health/ready"));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // One probe outlived its 5 s on a busy machine (a starting app JITs its first
                // request): another probe, within the 60 s the start is allowed.
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The instance dies at once (SIGKILL), as a crashed or evicted host would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static AppProcess Start(string name, string publishedApp, string connectionString, int port, params string[] args)
    {
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The published app runs from any directory.
            WorkingDirectory = Path.GetTempPath(),
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
                ["Database__Provider"] = "PostgreSql",
                ["Database__MigrateAtStartup"] = "false",
                ["ConnectionStrings__Default"] = connectionString,
                ["Instance__Name"] = name,
                ["Shutdown__UnreadyDelay"] = "00:00:00",
                ["Email__PickupDirectory"] = Infrastructure.TestMail.Directory,
            },
        };
        start.ArgumentList.Add(publishedApp);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(name, process, address);
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { app._output.Enqueue(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { app._output.Enqueue(line); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
