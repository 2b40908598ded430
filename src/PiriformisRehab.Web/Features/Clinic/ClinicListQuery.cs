using System.Globalization;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>
/// The clinic list's query values (<c>?page=</c> and <c>?q=</c>) as read from the address. Anything
/// a browser or an attacker can put there is read without throwing: a page that is not a whole
/// number from 1 reads as page 1, a page past the end as the last page, and a search that is too
/// long or holds control characters is refused with a message beside the search field.
/// </summary>
public sealed record ClinicListQuery(int Page, string? Search, string? SearchProblem)
{
    /// <summary>Patients per page: a screenful on a laptop, a few swipes on a phone, well under 60 KB.</summary>
    public const int PageSize = 25;

    /// <summary>No physio has this many pages; a bigger number is read as the last page.</summary>
    public const int MaxPage = 100_000;

    public static ClinicListQuery First { get; } = new(1, null, null);

    /// <summary>The lower-case form the stored label key is compared with.</summary>
    public string? SearchKey => Search?.ToLowerInvariant();

    public static ClinicListQuery Parse(string? page, string? search)
    {
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? Math.Clamp(parsed, 1, MaxPage)
            // Digits too many for a number still ask for a page far on: the last one.
            : !string.IsNullOrEmpty(page) && page.All(char.IsAsciiDigit) ? MaxPage : 1;
        var trimmed = search?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return new(number, null, null);
        }

        if (trimmed.Length > ClinicLimits.LabelMaxLength)
        {
            return new(number, null, $"Search with at most {ClinicLimits.LabelMaxLength} characters: labels are no longer.");
        }

        if (!IsText(trimmed))
        {
            return new(number, null, "Search with letters, numbers and punctuation only.");
        }

        return new(number, trimmed, null);
    }

    /// <summary>The address of another page of the same search.</summary>
    public string UrlFor(int page)
    {
        var query = new List<string>();
        if (page > 1)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"page={page}"));
        }

        if (Search is not null)
        {
            query.Add("q=" + Uri.EscapeDataString(Search));
        }

        return query.Count == 0 ? ClinicEndpoints.ClinicUrl : $"{ClinicEndpoints.ClinicUrl}?{string.Join('&', query)}";
    }

    private static bool IsText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
