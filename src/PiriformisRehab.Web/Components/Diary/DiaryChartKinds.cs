namespace PiriformisRehab.Web.Components.Diary;

/// <summary>Which of the diary's charts to show; combine with |.</summary>
[Flags]
public enum DiaryChartKinds
{
    None = 0,
    Pain = 1,
    Sitting = 2,
    Running = 4,
    All = Pain | Sitting | Running,
}
