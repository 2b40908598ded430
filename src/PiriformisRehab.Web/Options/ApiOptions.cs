using System.ComponentModel.DataAnnotations;

namespace PiriformisRehab.Web.Options;

/// <summary>The JSON API (/api/v1). Section "Api".</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The largest request body read, in bytes; a larger one answers 413. 25 answers fit in well under 4 KiB.</summary>
    [Range(1024, 1024 * 1024, ErrorMessage = "Api:MaxBodyBytes must be between 1024 and 1048576 bytes.")]
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
