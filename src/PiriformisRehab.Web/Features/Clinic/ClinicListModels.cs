namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>A clinic list row as the engine worked it out, with what it was worked out from.</summary>
/// <param name="Overview">The row as the list shows it.</param>
/// <param name="Revision">The patient's diary revision, read before the diaries.</param>
/// <param name="Today">The day it holds for.</param>
/// <param name="Expires">When the first link the patient can still use runs out, if any.</param>
public sealed record WorkedOutRow(PatientOverview Overview, long Revision, DateOnly Today, DateTimeOffset? Expires);

/// <summary>One page of the clinic list.</summary>
/// <param name="Patients">This page's rows, in the list's order.</param>
/// <param name="Page">The page shown, from 1 (a page past the end shows the last).</param>
/// <param name="PageCount">How many pages the search has, at least 1.</param>
/// <param name="Matching">How many patients the search matches (all of them without a search).</param>
/// <param name="Alerting">How many of all the physio's patients have an alert not yet acknowledged, whatever the search.</param>
/// <param name="Query">The query as read, with the page actually shown.</param>
public sealed record ClinicListPage(IReadOnlyList<PatientOverview> Patients, int Page, int PageCount, int Matching, int Alerting, ClinicListQuery Query)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
