using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using PiriformisRehab.Domain;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace PiriformisRehab.Web.Tests.Architecture;

/// <summary>
/// The web project's boundaries (docs/decisions/ADR-006-web-boundaries.md), checked on the compiled
/// assemblies, Razor components included: a forbidden dependency fails the build's tests with the
/// offending types named.
/// </summary>
public sealed class BoundaryTests
{
    private const string Web = @"PiriformisRehab\.Web";

    private static readonly ArchUnitNET.Domain.Architecture App =
        new ArchLoader().LoadAssemblies(typeof(Program).Assembly, typeof(AssessmentEngine).Assembly).Build();

    /// <summary>Each feature and the other features whose public services it may use; Common is everyone's.</summary>
    public static TheoryData<string, string[]> FeatureUses => new()
    {
        { "Common", [] },
        { "SelfCheck", ["Common"] },
        { "SavedResults", ["SelfCheck", "Common"] },
        { "Diary", ["Common", "Email"] }, // a warning sign e-mails the physio
        { "Email", [] },
        { "Health", [] },
        { "RateLimits", ["Common"] },
        { "Accounts", ["Email", "RateLimits", "Common"] },
        { "Clinic", ["Accounts", "SavedResults", "SelfCheck", "Common"] },
        { "PatientPages", ["Common"] }, // keys from the link and the diary revision, nothing from Clinic or Diary
    };

    private static string[] Features => FeatureUses.Select(row => (string)row.Data.Item1).ToArray();

    [Fact]
    public void EveryFeatureFolderHasARowInTheTable()
    {
        // A feature missing from the table would be checked by no rule at all.
        var found = typeof(Program).Assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith("PiriformisRehab.Web.Features.", StringComparison.Ordinal))
            .Select(ns => ns.Split('.')[3])
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(found, Features.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ComponentsReachStorageOnlyThroughFeatureServices() =>
        Types().That().ResideInNamespaceMatching(Below("(__Blazor\\.)?" + Web + @"\.Components"))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Below(Web + @"\.Data") + "|" + Below(@"Microsoft\.EntityFrameworkCore") + "|" + Below(@"Microsoft\.AspNetCore\.Identity"))
            .Because("a page asks a feature service and renders what it returns; it never holds an entity, a DbContext or UserManager")
            .Check(App);

    [Fact]
    public void FeaturesKnowNothingOfComponentsTheApiOrMudBlazor() =>
        Types().That().ResideInNamespaceMatching(Below(Web + @"\.Features"))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(
                Below("(__Blazor\\.)?" + Web + @"\.Components") + "|" + Below(Web + @"\.Api") + "|" + Below(Web + @"\.Extensions") + "|" + Below("MudBlazor"))
            .Because("features hand view models to components and services to the API, never the other way round")
            .Check(App);

    [Theory]
    [MemberData(nameof(FeatureUses))]
    public void AFeatureUsesOnlyTheFeaturesItIsAllowedTo(string feature, string[] allowed)
    {
        var forbidden = Features.Where(f => f != feature && !allowed.Contains(f)).Select(f => Below($@"{Web}\.Features\.{f}"));
        Types().That().ResideInNamespaceMatching(Below($@"{Web}\.Features\.{feature}"))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(string.Join("|", forbidden))
            .Because("lookups that two features share live in Features/Common, not in one feature's internals")
            .Check(App);
    }

    [Fact]
    public void TheDomainReferencesNothingBeyondTheBaseClassLibrary()
    {
        var references = typeof(AssessmentEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal),
            $"PiriformisRehab.Domain references {name}, which is not part of the base class library."));
    }

    [Fact]
    public void TheDomainsTypesDependOnlyOnTheBaseClassLibraryAndThemselves() =>
        Types().That().ResideInAssembly(typeof(AssessmentEngine).Assembly)
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Below(@"Microsoft\.(AspNetCore|EntityFrameworkCore|Extensions)") + "|" + Below(Web) + "|" + Below("MudBlazor") + "|" + Below("Serilog"))
            .Check(App);

    /// <summary>A namespace and everything under it, as an anchored regular expression.</summary>
    private static string Below(string ns) => $"^(?:{ns})(?:\\..*)?$";
}
