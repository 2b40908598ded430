namespace PiriformisRehab.Domain.Plans;

/// <summary>The contract's camelCase spelling of an enum value ("NeuralMobility" becomes "neuralMobility").</summary>
public static class ContractNames
{
    /// <summary>The camelCase name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
