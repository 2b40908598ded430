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
        if (JsonNode.Parse(json) is not JsonObject result || result.ContainsKey("triageTimeframe"))
        {
            return json; // Not an object (the strict reader reports it), or already v1.1.
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
}
