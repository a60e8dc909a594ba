using Inspections.Core.Comparison;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

// The folder holding the two example documents (docs/examples/valid in the repository).
string folder = args.Length > 0 ? args[0] : ".";

// 1. Read. Reading never throws on bad input: it returns the inspection (or null) and every diagnostic, each
//    with its code, JSON path and line. When a document can be read it is also validated against its framework.
var sif = Read(Path.Combine(folder, "sif-2013-calderdale-2015.json"));
var ilacs = Read(Path.Combine(folder, "ilacs-2018-calderdale-2018.json"));
if (sif is null || ilacs is null)
{
    return 1;
}

// 2. Validate an inspection you built or changed in code. Here: Calderdale's 2015 inspection with leadership
//    judged inadequate, which breaks a rule of the SIF (a key judgement inadequate means inadequate overall).
var edited = sif with { Judgements = sif.Judgements.SetItem("leadership-management-and-governance", "inadequate") };
DiagnosticList result = InspectionValidator.Validate(edited);
Console.WriteLine($"Edited: {result}");
foreach (var diagnostic in result)
{
    Console.WriteLine($"  {diagnostic.Code} at {diagnostic.Path}: {diagnostic.Message}");
}

// 3. Compare two inspections of one local authority under different frameworks. Grades are never averaged:
//    each judgement is matched to its predecessor and compared through the scales' crosswalk, with caveats.
InspectionComparison comparison = InspectionComparer.Compare(sif, ilacs);
Console.WriteLine($"{comparison.Before} -> {comparison.After}");
Console.WriteLine($"  overall: {comparison.Overall.Comparison}");
foreach (var judgement in comparison.Judgements)
{
    Console.WriteLine($"  {judgement}");
}

return 0;

static Inspection? Read(string path)
{
    InspectionReadResult read = InspectionJson.Read(File.ReadAllBytes(path));
    foreach (var diagnostic in read.Diagnostics)
    {
        Console.WriteLine($"{path}: {diagnostic}");
    }

    Console.WriteLine($"{Path.GetFileName(path)}: {read}");
    return read.IsValid ? read.Inspection : null;
}
