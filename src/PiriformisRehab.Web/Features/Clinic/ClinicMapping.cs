using PiriformisRehab.Web.Data.Entities;

namespace PiriformisRehab.Web.Features.Clinic;

/// <summary>From stored rows to the records the clinic's pages show; entities stop here.</summary>
internal static class ClinicMapping
{
    /// <summary>The state of the most recently issued of <paramref name="links"/>.</summary>
    public static LinkStatus NewestLink(IEnumerable<PatientLink> links, DateTimeOffset now)
    {
        var newest = links.OrderByDescending(l => l.CreatedAt).FirstOrDefault();
        return newest switch
        {
            null => LinkStatus.None,
            { RevokedAt: not null } => new(LinkState.Revoked, newest.ExpiresAt),
            _ when newest.IsUsableAt(now) => new(LinkState.Active, newest.ExpiresAt),
            _ => new(LinkState.Expired, newest.ExpiresAt),
        };
    }

    public static ProgrammeSource Source(ProgrammeOrigin origin) => origin switch
    {
        ProgrammeOrigin.SelfCheckWithPatient => ProgrammeSource.SelfCheckWithPatient,
        ProgrammeOrigin.RunnerSavedLink => ProgrammeSource.RunnerSavedLink,
        _ => ProgrammeSource.StandardPlan,
    };

    public static ProgrammeOrigin Origin(ProgrammeSource source) => source switch
    {
        ProgrammeSource.SelfCheckWithPatient => ProgrammeOrigin.SelfCheckWithPatient,
        ProgrammeSource.RunnerSavedLink => ProgrammeOrigin.RunnerSavedLink,
        _ => ProgrammeOrigin.StandardPlan,
    };

    public static ReviewRecord Review(DiaryReview r) =>
        new(r.Kind == DiaryReviewKind.Resumed ? ReviewKind.Resumed : ReviewKind.Acknowledged, r.ReviewerName, r.At, r.Note);
}
