using Microsoft.Extensions.Options;

namespace PiriformisRehab.Web.Options;

/// <summary>One fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}

/// <summary>
/// Abuse limits (section <c>RateLimiting</c>). Each request limit is per client (its IP address,
/// an IPv6 /64 counted as one), and diary posts also per link. <see cref="Enabled"/> = false
/// switches the request limits and the check-in cap off, for load benchmarks on loopback (the
/// sign-in lock-out stays).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in posts per client, whatever the account.</summary>
    public WindowLimit Login { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Password-reset requests (each sends an e-mail) per client.</summary>
    public WindowLimit PasswordReset { get; set; } = new() { PermitLimit = 5, WindowSeconds = 3600 };

    /// <summary>Account registrations per client.</summary>
    public WindowLimit Register { get; set; } = new() { PermitLimit = 5, WindowSeconds = 3600 };

    /// <summary>Requests to /api per client.</summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>Requests to token pages (/p/..., /r/...) per client: reads, forms and CSV.</summary>
    public WindowLimit TokenPages { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>Diary form posts (check-ins, delete) per link, from any client.</summary>
    public WindowLimit DiaryPostsPerLink { get; set; } = new() { PermitLimit = 30, WindowSeconds = 3600 };

    /// <summary>
    /// Check-ins one diary keeps per day. A check-in that reports a warning sign is always kept:
    /// the physio's alert and the pause must never be refused.
    /// </summary>
    public int CheckInsPerDay { get; set; } = 10;
}

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(options.Login), options.Login);
        Check(failures, nameof(options.Register), options.Register);
        Check(failures, nameof(options.PasswordReset), options.PasswordReset);
        Check(failures, nameof(options.Api), options.Api);
        Check(failures, nameof(options.TokenPages), options.TokenPages);
        Check(failures, nameof(options.DiaryPostsPerLink), options.DiaryPostsPerLink);
        Positive(failures, nameof(options.CheckInsPerDay), options.CheckInsPerDay);
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }

    private static void Check(List<string> failures, string limit, WindowLimit? window)
    {
        if (window is null)
        {
            failures.Add($"{RateLimitOptions.SectionName}:{limit} is missing.");
            return;
        }

        Positive(failures, $"{limit}:{nameof(WindowLimit.PermitLimit)}", window.PermitLimit);
        Positive(failures, $"{limit}:{nameof(WindowLimit.WindowSeconds)}", window.WindowSeconds);
    }

    private static void Positive(List<string> failures, string setting, int value)
    {
        if (value < 1)
        {
            failures.Add($"{RateLimitOptions.SectionName}:{setting} must be at least 1 (it was {value}).");
        }
    }
}
