using System.Text.Json.Nodes;
using PiriformisRehab.Domain.Plans;
using PiriformisRehab.Domain.Rules;

namespace PiriformisRehab.Web.Features.Common;

/// <summary>
/// Reads a result stored before rules v1.1 in the shape it has today, with what v1 meant: the v1.1
/// fields it lacks are filled in (timeframes from the levels, no unsure or unanswered answers, no
/// safety net), never re-evaluated. The source-generated reader would otherwise give a missing enum
/// its first value ("now") and a missing list null. The stored text itself is left as it was.
/// </summary>
internal static class StoredResultShape
{
    public static string ToCurrent(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject result)
        {
            return json; // Not an object: the strict reader reports it.
        }

        var doses = AddDoses(result);
        if (result.ContainsKey("triageTimeframe"))
        {
            return doses ? result.ToJsonString() : json; // Already v1.1.
        }

        var triage = Enum.GetValues<Triage>().FirstOrDefault(t => ContractNames.Of(t) == result["triage"]?.GetValue<string>(), Triage.SelfCare);
        result["triageTimeframe"] = ContractNames.Of(TriageRules.DefaultTimeframe(triage));
        result["unsure"] ??= new JsonArray();
        result["unanswered"] ??= new JsonArray();
        result["notRuledOut"] ??= new JsonArray();
        if (result["redFlags"] is JsonArray flags)
        {
            foreach (var flag in flags.OfType<JsonObject>().Where(f => !f.ContainsKey("timeframe")))
            {
                flag["timeframe"] = ContractNames.Of(flag["level"]?.GetValue<string>() == "emergency" ? Timeframe.Now : Timeframe.Within48Hours);
            }
        }

        if (result["plan"] is JsonObject plan && !plan.ContainsKey("withheldCode"))
        {
            plan["withheldCode"] = plan["withheld"]?.GetValue<bool>() == true
                ? ContractNames.Of(triage == Triage.Emergency ? PlanWithheldCode.Emergency : PlanWithheldCode.Urgent)
                : null;
        }

        return result.ToJsonString();
    }

    /// <summary>
    /// Results stored before doses were structured hold the dose as text only: the structured dose is
    /// content, not a rule, so it is taken from the catalogue by the exercise's id (the stored text
    /// stays as it was shown). An exercise no longer in the catalogue leaves the result unreadable.
    /// </summary>
    private static bool AddDoses(JsonObject result)
    {
        var changed = false;
        var exercises = (result["plan"]?["categories"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(c => c["exercises"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(e => !e.ContainsKey("dose"));
        foreach (var exercise in exercises)
        {
            if (exercise["id"]?.GetValue<string>() is { } id && ExerciseCatalog.Default.Find(id) is { } known)
            {
                exercise["dose"] = System.Text.Json.JsonSerializer.SerializeToNode(known.Dose, DoseJson.Options);
                changed = true;
            }
        }

        return changed;
    }
}

/// <summary>The stored result's JSON spelling for a dose (camelCase, enums as lower-case words).</summary>
internal static class DoseJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = Create();

    private static System.Text.Json.JsonSerializerOptions Create()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
