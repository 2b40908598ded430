using PiriformisRehab.Web.Data;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.Data;

/// <summary>Every stored row a clinic list row is worked out from moves the patient's diary revision on when saved (ADR-009, H17).</summary>
public sealed class DiaryRevisionTypesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task EveryEntityThatBelongsToAProgrammeIsADiaryType()
    {
        await using var db = await ClinicDatabase.OpenAsync(factory);
        var belonging = db.Model.GetEntityTypes()
            .Where(t => t.FindProperty("ProgrammeId") is not null || t.ClrType == typeof(Programme))
            .Select(t => t.ClrType)
            .ToHashSet();

        Assert.Subset(DiaryRevisions.DiaryTypes.ToHashSet(), belonging);
        Assert.Superset(DiaryRevisions.DiaryTypes.ToHashSet(), belonging);
    }
}
