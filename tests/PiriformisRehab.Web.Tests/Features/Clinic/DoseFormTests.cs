using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Web.Features.Clinic;

namespace PiriformisRehab.Web.Tests.Features.Clinic;

/// <summary>A physio's dose is read like the seed doses: ranges within the section 18 bounds.</summary>
public sealed class DoseFormTests
{
    [Theory]
    [InlineData("3", 3, 3)]
    [InlineData("8-12", 8, 12)]
    [InlineData(" 8 - 12 ", 8, 12)]
    [InlineData("8\u201312", 8, 12)]
    public void ARangeIsOneNumberOrLowToHigh(string text, int min, int max) =>
        Assert.Equal(new DoseRange(min, max), DoseForm.Range(text, 100));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("12-8")]
    [InlineData("101")]
    [InlineData("1-2-3")]
    [InlineData("-3")]
    [InlineData("3.5")]
    [InlineData("\u0663")]
    [InlineData("99999999999")]
    public void AnythingElseIsNoRange(string text) => Assert.Null(DoseForm.Range(text, 100));

    [Fact]
    public void AHoldExerciseReadsTheAmountAsSecondsAndKeepsWhereItIsDone()
    {
        var hold = ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).First(e => e.Dose.HoldSeconds is not null);

        var read = DoseForm.Read(new DoseInput("2", "45", "1-2", DoseForm.PerDay, null), hold);

        Assert.Equal(new Dose(new(2, 2), null, new(45, 45), hold.Dose.Where, new(1, 2), DosePeriod.Day), read.Dose);
    }

    [Fact]
    public void EightDaysAWeekIsRefusedBesideHowOften()
    {
        var exercise = ExerciseCatalog.Default.Categories[0].Exercises[0];

        var read = DoseForm.Read(new DoseInput("2", "10", "8", DoseForm.PerWeek, null), exercise);

        Assert.Null(read.Dose);
        Assert.Equal([DoseField.Times], read.Errors.Keys);
    }

    [Fact]
    public void AForgedHowOftenIsRefusedRatherThanGuessed()
    {
        var exercise = ExerciseCatalog.Default.Categories[0].Exercises[0];

        Assert.Null(DoseForm.Read(new DoseInput("2", "10", "1", "fortnight", null), exercise).Dose);
    }
}
