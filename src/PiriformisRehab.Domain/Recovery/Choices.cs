namespace PiriformisRehab.Domain.Recovery;

/// <summary>The wire names of the check-in's choices (form values, CSV cells).</summary>
public static class Choices
{
    /// <summary>The wire name of a morning-after answer.</summary>
    public static string Of(MorningAfter value) => value switch
    {
        MorningAfter.Better => "better",
        MorningAfter.Same => "same",
        _ => "worse",
    };

    /// <summary>The wire name of an activity.</summary>
    public static string Of(RunActivity value) => value switch
    {
        RunActivity.BriskWalk => "briskWalk",
        RunActivity.WalkRun => "walkRun",
        RunActivity.ContinuousRun => "continuousRun",
        _ => "none",
    };

    /// <summary>The morning-after answer with this wire name, or null.</summary>
    public static MorningAfter? Morning(string text) => text switch
    {
        "better" => MorningAfter.Better,
        "same" => MorningAfter.Same,
        "worse" => MorningAfter.Worse,
        _ => null,
    };

    /// <summary>The activity with this wire name, or null.</summary>
    public static RunActivity? Activity(string text) => text switch
    {
        "none" => RunActivity.None,
        "briskWalk" => RunActivity.BriskWalk,
        "walkRun" => RunActivity.WalkRun,
        "continuousRun" => RunActivity.ContinuousRun,
        _ => null,
    };
}
