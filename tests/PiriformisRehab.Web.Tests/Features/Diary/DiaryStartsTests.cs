using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Data.Entities;
using PiriformisRehab.Web.Features.Common;

namespace PiriformisRehab.Web.Tests.Features.Diary;

/// <summary>Where a programme's diary starts: its hardest exercise per category, skipping what it left out.</summary>
public sealed class DiaryStartsTests
{
    private static Programme With(params string[] exerciseIds) => new()
    {
        CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
        Exercises = [.. exerciseIds.Select((id, i) => new ProgrammeExercise { ExerciseId = id, Position = i })],
    };

    [Fact]
    public void EachLadderStartsAtTheProgrammesHardestExerciseInIt()
    {
        var start = DiaryStarts.ForProgramme(With("clamshell", "gluteBridge", "foamRollerGlute"), ExerciseCatalog.Default);

        Assert.Equal(new Dictionary<CategoryId, int> { [CategoryId.SoftTissue] = 1, [CategoryId.GluteActivation] = 3 }, start.StartStages);
    }

    [Fact]
    public void AnEasierExerciseTheProgrammeLeftOutIsSkippedOnADropBack()
    {
        // Side-lying abduction left out (held back for a likely gluteal tendinopathy, or removed by the physio).
        var start = DiaryStarts.ForProgramme(With("clamshell", "gluteBridge"), ExerciseCatalog.Default);

        Assert.Equal(["sideLyingHipAbduction"], start.Skip);
    }

    [Fact]
    public void TheDiaryIsFollowedFromTheFirstLinkOrElseTheProgrammesCreation()
    {
        var programme = With("clamshell");
        programme.Links = [new PatientLink { CreatedAt = new DateTimeOffset(2026, 3, 5, 23, 0, 0, TimeSpan.Zero) }, new PatientLink { CreatedAt = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero) }];

        Assert.Equal(new DateOnly(2026, 3, 5), DiaryStarts.ForProgramme(programme, ExerciseCatalog.Default).FollowingSince);
        Assert.Equal(new DateOnly(2026, 3, 2), DiaryStarts.ForProgramme(With("clamshell"), ExerciseCatalog.Default).FollowingSince);
    }
}
