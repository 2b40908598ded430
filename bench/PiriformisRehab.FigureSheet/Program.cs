using System.Globalization;
using System.Net;
using System.Text;
using PiriformisRehab.Domain.Figures;
using PiriformisRehab.Domain.Plans;

// Usage: dotnet run --project bench/PiriformisRehab.FigureSheet [-- output.svg]
// One row per exercise, in plan order: its name, then its start and end position drawn still by
// the app's renderer. Rerun after changing seeds/exercise-figures.json and commit the result.
var output = args.Length > 0 ? args[0] : Path.Combine(FindRepoRoot(), "docs", "exercise-figures.svg");
const double cell = 200, gap = 12, titleHeight = 22, rowHeight = 150;
var exercises = ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).ToList();
var figures = FigureCatalog.Default;
var columns = 2;
var width = (columns * (cell + gap)) + gap;
var height = gap + (exercises.Count * (rowHeight + titleHeight + gap));
var sheet = new StringBuilder();
sheet.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width * 2}\" height=\"{height * 2}\" font-family=\"sans-serif\">");
sheet.Append("<style>").Append(FigureSvg.Stylesheet).Append("</style>");
sheet.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>");
var y = gap;
foreach (var exercise in exercises)
{
    var figure = figures.Find(exercise.Id) ?? throw new InvalidDataException($"No figure for {exercise.Id}.");
    var sore = figure.SoreLeg == SoreLeg.None ? "" : " (dark red leg: sore side)";
    sheet.Append(CultureInfo.InvariantCulture, $"<text x=\"{gap}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#263238\">{WebUtility.HtmlEncode(exercise.Name + sore)}</text>");
    var x = gap;
    foreach (var (pose, word) in new[] { (figure.Start, "Start"), (figure.End, "End") })
    {
        var drawing = FigureSvg.Still(figure, pose, word + ": " + pose.Says).Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal);
        // Nested <svg> with its own viewBox, fitted into the cell keeping its aspect ratio.
        var placed = drawing.Replace("<svg ", string.Create(CultureInfo.InvariantCulture, $"<svg x=\"{x}\" y=\"{y + titleHeight}\" width=\"{cell}\" height=\"{rowHeight}\" "), StringComparison.Ordinal);
        sheet.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y + titleHeight}\" width=\"{cell}\" height=\"{rowHeight}\" fill=\"none\" stroke=\"#eceff1\"/>");
        sheet.Append(placed);
        sheet.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 4}\" y=\"{y + titleHeight + 12}\" font-size=\"10\" fill=\"#546e7a\">{word}</text>");
        x += cell + gap;
    }

    y += rowHeight + titleHeight + gap;
}

sheet.Append("</svg>\n");
File.WriteAllText(output, sheet.ToString());
Console.WriteLine($"Wrote {exercises.Count} figures to {output}");

static string FindRepoRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PiriformisRehab.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new DirectoryNotFoundException("Run from inside the repository.");
}
