namespace PiriformisRehab.Domain.Rules;

/// <summary>What to do first, most urgent first. The API writes these as camelCase strings.</summary>
public enum Triage
{
    /// <summary>Go to an emergency department now; do not exercise.</summary>
    Emergency,
    /// <summary>See a doctor within 24-48 hours before starting the plan.</summary>
    Urgent,
    /// <summary>Book a physio or GP review; self-care meanwhile.</summary>
    Routine,
    /// <summary>Follow the plan; review if no better in 6 weeks.</summary>
    SelfCare,
}

/// <summary>How soon to act (spec 5.3 and 5.8). The API writes these as camelCase strings.</summary>
public enum Timeframe
{
    /// <summary>Now: emergency department or emergency number.</summary>
    Now,
    /// <summary>Today: GP practice or urgent care (NHS 111 in the UK).</summary>
    SameDay,
    /// <summary>Within 24-48 hours: GP or urgent care, before the exercise plan.</summary>
    Within48Hours,
    /// <summary>Book a review in the next 1-2 weeks.</summary>
    WithinWeeks,
    /// <summary>No review needed unless things change.</summary>
    None,
}

/// <summary>Why the plan is withheld (spec 5.5): a red flag's level wins over age.</summary>
public enum PlanWithheldCode
{
    /// <summary>An emergency red flag: never revealed.</summary>
    Emergency,
    /// <summary>An urgent red flag: revealed once a doctor has cleared exercise.</summary>
    Urgent,
    /// <summary>Under 16 with no red flag: revealed once a doctor has cleared exercise.</summary>
    Under16,
}

/// <summary>How urgent a red flag is.</summary>
public enum ConcernLevel
{
    /// <summary>Needs emergency care now.</summary>
    Emergency,
    /// <summary>Needs a doctor within 24-48 hours.</summary>
    Urgent,
}

/// <summary>How well the answers fit piriformis (deep gluteal) syndrome.</summary>
public enum LikelihoodBand
{
    /// <summary>Fewer than two core features.</summary>
    Low,
    /// <summary>Between low and high.</summary>
    Moderate,
    /// <summary>At least three core features and no strong lumbar pattern.</summary>
    High,
}

/// <summary>The other conditions the self-check looks for.</summary>
public enum DifferentialId
{
    /// <summary>A disc herniation or nerve-root problem in the lower back.</summary>
    LumbarRadicular,
    /// <summary>Proximal hamstring tendinopathy at the sitting bone.</summary>
    ProximalHamstring,
    /// <summary>Gluteal tendinopathy (greater trochanteric pain).</summary>
    GluteTendinopathy,
    /// <summary>Hip joint: impingement or labral problem.</summary>
    HipJoint,
    /// <summary>Femoral neck stress fracture.</summary>
    FemoralStressFracture,
    /// <summary>Pelvic or sacral stress fracture.</summary>
    PelvicStressFracture,
    /// <summary>Sacroiliac joint pain.</summary>
    Sacroiliac,
    /// <summary>Inflammatory back pain (axial spondyloarthritis).</summary>
    InflammatoryBackPain,
    /// <summary>Exercise-induced narrowing of the artery to the leg (for example iliac endofibrosis).</summary>
    Vascular,
    /// <summary>Pudendal nerve entrapment (pudendal neuralgia).</summary>
    Pudendal,
    /// <summary>Ischiofemoral impingement.</summary>
    Ischiofemoral,
}

/// <summary>How strongly the answers point at a differential.</summary>
public enum Strength
{
    /// <summary>Some answers fit it.</summary>
    Possible,
    /// <summary>The answers fit it well: worth a clinician's review.</summary>
    Likely,
}

/// <summary>How bad the symptoms are.</summary>
public enum Severity
{
    /// <summary>Worst pain at most 3/10 and settling within minutes.</summary>
    Mild,
    /// <summary>Neither mild nor severe.</summary>
    Moderate,
    /// <summary>Worst pain 7/10 or more, settling only the next day, or sitting under 15 minutes.</summary>
    Severe,
}

/// <summary>How easily symptoms are stirred up and how slowly they settle (SINSS).</summary>
public enum Irritability
{
    /// <summary>Pain at most 3/10, settling in minutes.</summary>
    Low,
    /// <summary>Pain 4-6/10 or settling in hours.</summary>
    Moderate,
    /// <summary>Pain 7/10 or more, or settling only the next day.</summary>
    High,
}

/// <summary>The running advice given.</summary>
public enum RunningAdviceKind
{
    /// <summary>Keep running, warm up, stop if pain builds.</summary>
    KeepRunning,
    /// <summary>Cut back and follow the pain-monitoring model.</summary>
    Reduce,
    /// <summary>Walk-run return once a 30-minute brisk walk is pain-free.</summary>
    WalkRunReturn,
    /// <summary>Stop running now.</summary>
    StopRunning,
}
