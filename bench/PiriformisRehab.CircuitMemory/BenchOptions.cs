using System.Globalization;

namespace PiriformisRehab.CircuitMemory;

internal sealed record BenchOptions(int Circuits, Target Target, int Runs, int Parallel, TimeSpan Settle, TimeSpan Hold, TimeSpan TimeLimit)
{
    public const string Usage =
        "Usage: dotnet run -c Release --project bench/PiriformisRehab.CircuitMemory -- [--circuits N (1-100, default 50)] " +
        "[--step context|safety|trivial|static (default context)] [--runs R (1-5, default 3)] [--parallel P (1-8, default 8)] " +
        "[--settle SECONDS (4-120, default 25)] [--hold SECONDS (0-600, default 0)] [--time-limit MINUTES (default 30)]";

    public static bool TryParse(string[] args, out BenchOptions options, out string error)
    {
        options = new BenchOptions(50, Target.Context, 3, 8, TimeSpan.FromSeconds(25), TimeSpan.Zero, TimeSpan.FromMinutes(30));
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"Missing value for {name}.";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--circuits" when Int(value, 1, 100) is { } n:
                    options = options with { Circuits = n };
                    break;
                case "--step" when Enum.TryParse<Target>(value, ignoreCase: true, out var target) && Enum.IsDefined(target):
                    options = options with { Target = target };
                    break;
                case "--runs" when Int(value, 1, 5) is { } n:
                    options = options with { Runs = n };
                    break;
                case "--parallel" when Int(value, 1, 8) is { } n:
                    options = options with { Parallel = n };
                    break;
                case "--settle" when Int(value, 4, 120) is { } n:
                    options = options with { Settle = TimeSpan.FromSeconds(n) };
                    break;
                case "--hold" when Int(value, 0, 600) is { } n:
                    options = options with { Hold = TimeSpan.FromSeconds(n) };
                    break;
                case "--time-limit" when Int(value, 1, 120) is { } n:
                    options = options with { TimeLimit = TimeSpan.FromMinutes(n) };
                    break;
                default:
                    error = $"Unknown option or bad value: {name} {value}";
                    return false;
            }
        }

        return true;
    }

    private static int? Int(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
