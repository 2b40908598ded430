using System.Globalization;

namespace PiriformisRehab.ClinicScale;

internal enum BenchMode
{
    /// <summary>Seed a fresh database, then measure (the default).</summary>
    Run,
    /// <summary>Seed a fresh database and keep it, to open with the app.</summary>
    Seed,
}

internal sealed record BenchOptions(BenchMode Mode, int Patients, int CheckIns, int Warmup, int Requests, int Days, int CheckInRounds, bool Keep)
{
    public const string Usage =
        "Usage: dotnet run -c Release --project bench/PiriformisRehab.ClinicScale -- [seed] [--patients N (default 1000)] " +
        "[--check-ins N per patient (default 50)] [--warmup N (default 20)] [--requests N (default 200)] " +
        "[--days N first visits of a day (default 3)] [--check-in-rounds N (default 20)] [--keep]";

    public static bool TryParse(string[] args, out BenchOptions options, out string error)
    {
        options = new BenchOptions(BenchMode.Run, 1000, 50, 20, 200, 3, 20, false);
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "seed":
                    options = options with { Mode = BenchMode.Seed, Keep = true };
                    continue;
                case "run":
                    continue;
                case "--keep":
                    options = options with { Keep = true };
                    continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"Missing value for {name}.";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--patients" when Int(value, 1, 20_000) is { } n:
                    options = options with { Patients = n };
                    break;
                case "--check-ins" when Int(value, 1, 55) is { } n:
                    options = options with { CheckIns = n };
                    break;
                case "--warmup" when Int(value, 0, 1000) is { } n:
                    options = options with { Warmup = n };
                    break;
                case "--requests" when Int(value, 1, 10_000) is { } n:
                    options = options with { Requests = n };
                    break;
                case "--days" when Int(value, 1, 10) is { } n:
                    options = options with { Days = n };
                    break;
                case "--check-in-rounds" when Int(value, 0, 200) is { } n:
                    options = options with { CheckInRounds = n };
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
