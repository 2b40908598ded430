namespace PiriformisRehab.Domain.Rules;

/// <summary>Short citations shown beside every reason; full references are in docs/clinical-basis.md.</summary>
public static class Sources
{
#pragma warning disable CS1591 // Each constant is a citation.
    public const string Hopayian2010 = "Hopayian et al. 2010, Eur Spine J 19:2095-2109 (systematic review)";
    public const string Hopayian2018 = "Hopayian & Danielyan 2018, Eur J Orthop Surg Traumatol 28:155-164";
    public const string Michel2013 = "Michel et al. 2013, Ann Phys Rehabil Med 56:371-383";
    public const string Kizaki2020 = "Kizaki et al. 2020, KSSTA 28:3354-3364 (systematic review)";
    public const string Tonley2010 = "Tonley et al. 2010, JOSPT 40:103-111";
    public const string VanDerWindt2010 = "van der Windt et al. 2010, Cochrane review of physical examination for lumbar radiculopathy";
    public const string Nice59 = "NICE NG59 (2016, updated 2020), low back pain and sciatica";
    public const string Finucane2020 = "Finucane et al. 2020, JOSPT 50:350-372 (IFOMPT red flags framework)";
    public const string GirftCes = "GIRFT national suspected cauda equina syndrome pathway; NICE CKS sciatica";
    public const string Nice234 = "NICE NG234 (2023), metastatic spinal cord compression";
    public const string EpiduralAbscess = "Finucane et al. 2020 (IFOMPT): fever with spinal pain and new neurology";
    public const string Robertson2017 = "Robertson & Wood 2017, femoral neck stress fractures in sport";
    public const string Kahanov2011 = "Kahanov et al. 2011, JAOA (sacral stress fracture in a runner)";
    public const string Cacchio2012 = "Cacchio et al. 2012, BJSM (proximal hamstring tendinopathy)";
    public const string Fortin1997 = "Fortin & Falco 1997 (Fortin finger test); Laslett 2005 (provocation tests)";
    public const string Grimaldi2015 = "Grimaldi et al. 2015/2017 (gluteal tendinopathy)";
    public const string Griffin2016 = "Griffin et al. 2016, Warwick Agreement on femoroacetabular impingement";
    public const string Kelley2013 = "Kelley et al. 2013, SINSS irritability bands";
    public const string Article = "Source article: piriformis syndrome in runners (2021)";
    public const string Silbernagel2007 = "Silbernagel et al. 2007, AJSM 35:897 (pain-monitoring model)";
    public const string Acsm2009 = "ACSM 2009 position stand on resistance training";
    public const string Gorissen2007 = "Robertson & Wood 2017 (femoral neck stress fracture); Gorissen et al. 2007, Eur J Pediatr (septic joint)";
    public const string Guin2026 = "Finucane et al. 2020 (IFOMPT); Guin et al. 2026, Cureus (septic sacroiliitis)";
    public const string Stenosis = "NICE NG59 (2016, updated 2020): long-standing symptoms in both legs need assessment, not an emergency department";
    public const string Steroids = "Downie et al. 2013, BMJ; Schindler et al. 2007, J Orthop Surg; Lee & Harvey 2008 (fracture after steroids or osteoporosis)";
    public const string HamstringAvulsion = "van der Made et al. 2015, AJSM; Gidwani et al. 2004, BMJ (proximal hamstring avulsion)";
    public const string Worsening = "NICE NG59; Liu et al. 2021 (sarcoma mimicking piriformis syndrome)";
    public const string Pishnamaz2012 = "Kahanov et al. 2011, JAOA; Pishnamaz et al. 2012, J Med Case Rep (sacral stress fracture, also in pregnancy and after birth)";
    public const string Ng65 = "NICE NG65 (spondyloarthritis); ASAS inflammatory back pain criteria";
    public const string Mousigian2021 = "Mousigian et al. 2021; iliac endofibrosis case series (exercise-induced arterial narrowing)";
    public const string Labat2008 = "Labat et al. 2008, Nantes criteria for pudendal neuralgia";
    public const string GomezHoyos2016 = "Gómez-Hoyos et al. 2016, Arthroscopy (ischiofemoral impingement)";
    public const string L3L4Root = "van der Windt et al. 2010; front-of-thigh pain follows the L3-L4 nerve roots";
    public const string BoneStress = "Mountjoy et al. 2023, BJSM (REDs CAT2); Warden et al. 2014, JOSPT (bone stress injuries)";
    public const string Under16 = "NICE NG59 covers over-16s; Gidwani et al. 2004 (apophyseal avulsion in adolescents)";
#pragma warning restore CS1591
}
