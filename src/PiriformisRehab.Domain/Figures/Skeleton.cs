namespace PiriformisRehab.Domain.Figures;

/// <summary>The body segments a drawing is made of, in the order they are painted (far side first).</summary>
public enum Chain
{
    /// <summary>Hip, knee, ankle, toe of the far leg.</summary>
    FarLeg,
    /// <summary>Shoulder, elbow, hand of the far arm.</summary>
    FarArm,
    /// <summary>Pelvis, shoulders, middle of the head.</summary>
    Trunk,
    /// <summary>Hip, knee, ankle, toe of the near leg.</summary>
    NearLeg,
    /// <summary>Shoulder, elbow, hand of the near arm.</summary>
    NearArm,
}

/// <summary>A pose turned into joint positions: each chain's joints from the body outwards.</summary>
/// <param name="Chains">Joint positions of every chain, keyed by chain.</param>
public sealed record Skeleton(IReadOnlyDictionary<Chain, IReadOnlyList<FigurePoint>> Chains)
{
    /// <summary>The middle of the head (the last joint of the trunk chain).</summary>
    public FigurePoint HeadCentre => Chains[Chain.Trunk][^1];

    /// <summary>Every joint of every chain.</summary>
    public IEnumerable<FigurePoint> Joints => Chains.Values.SelectMany(c => c);
}
