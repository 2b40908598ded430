using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace PiriformisRehab.Domain.Tests;

/// <summary>
/// docs/safety/hazard-log.md names, for each control, the tests that prove it. These tests read
/// every fully qualified test name in the log and check it against the metadata of the three test
/// assemblies (a method of that name on that class, marked [Fact] or [Theory]), so a renamed or
/// deleted test fails the build instead of leaving a control unproven. The assemblies are read,
/// not loaded: nothing in them runs.
/// </summary>
public sealed partial class HazardLogTests
{
    private static readonly string[] TestProjects =
        ["PiriformisRehab.Domain.Tests", "PiriformisRehab.Web.Tests", "PiriformisRehab.EndToEnd.Tests"];

    private static readonly Lazy<HashSet<string>> KnownTests = new(ReadKnownTests);

    [GeneratedRegex(@"`(PiriformisRehab\.[A-Za-z0-9_.]+\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^### (H\d+)\.", RegexOptions.Multiline)]
    private static partial Regex HazardHeading();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PiriformisRehab.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PiriformisRehab.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Log() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "safety", "hazard-log.md"));

    /// <summary>"Namespace.Class.Method" for every [Fact] or [Theory] in the three test assemblies.</summary>
    private static HashSet<string> ReadKnownTests()
    {
        // This assembly's folder is tests/<project>/bin/<configuration>/<tfm>/: its siblings sit at the same place.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in TestProjects)
        {
            var path = Path.Combine(RepositoryRoot(), "tests", project, "bin", configuration, tfm, project + ".dll");
            Assert.True(File.Exists(path), $"{path} is not built: run `dotnet test` from the repository root, which builds every test project.");
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                var typeName = reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
                foreach (var methodHandle in type.GetMethods())
                {
                    var method = reader.GetMethodDefinition(methodHandle);
                    if (method.GetCustomAttributes().Any(a => IsTestAttribute(reader, reader.GetCustomAttribute(a))))
                    {
                        names.Add(typeName + "." + reader.GetString(method.Name));
                    }
                }
            }
        }

        return names;
    }

    private static bool IsTestAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var name = reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name);
        return name is "FactAttribute" or "TheoryAttribute";
    }

    private static IEnumerable<string> NamesIn(string text) => TestName().Matches(text).Select(m => m.Groups[1].Value);

    [Fact]
    public void EveryTestTheHazardLogNamesExists()
    {
        var missing = NamesIn(Log()).Distinct().Where(name => !KnownTests.Value.Contains(name)).ToList();

        Assert.True(missing.Count == 0, "The hazard log names tests that do not exist:\n" + string.Join('\n', missing));
    }

    // The check must be able to fail: a name that is not a test is reported.
    [Fact]
    public void ANameThatIsNotATestIsReportedMissing()
    {
        var names = NamesIn("`PiriformisRehab.Domain.Tests.RedFlagTests.NoSuchTestExists` and `PiriformisRehab.Domain.Tests.HazardLogTests.EveryTestTheHazardLogNamesExists`").ToList();

        Assert.Equal(2, names.Count);
        Assert.DoesNotContain(names[0], KnownTests.Value);
        Assert.Contains(names[1], KnownTests.Value);
    }

    [Fact]
    public void KnownTestsCoverAllThreeAssemblies()
    {
        Assert.All(TestProjects, project => Assert.Contains(KnownTests.Value, n => n.StartsWith(project + ".", StringComparison.Ordinal)));
    }

    // Every hazard has controls, and every control row names at least one test.
    [Fact]
    public void EveryHazardAndEveryControlNamesATest()
    {
        var log = Log();
        var hazards = HazardHeading().Matches(log).Select(m => (Id: m.Groups[1].Value, m.Index)).ToList();
        Assert.True(hazards.Count >= 9, "The log must hold at least the nine hazards of issue 10.");
        for (var i = 0; i < hazards.Count; i++)
        {
            var end = i + 1 < hazards.Count ? hazards[i + 1].Index : log.IndexOf("## Safety case", StringComparison.Ordinal);
            var section = log[hazards[i].Index..end];
            var controls = section.Split('\n').Where(l => Regex.IsMatch(l, @"^\| C\d+\.\d+ ")).ToList();
            Assert.True(controls.Count > 0, $"{hazards[i].Id} has no controls.");
            Assert.All(controls, row => Assert.True(NamesIn(row).Any(), $"{hazards[i].Id}: control without a test: {row}"));
        }
    }

    [Fact]
    public void TheLogHasASafetyCase()
    {
        Assert.Contains("## Safety case", Log(), StringComparison.Ordinal);
    }
}
