using System;
using System.IO;
using Inspections.Core.Serialization;

// A consumer of Inspections.Core published trimmed and as Native AOT (see README.md beside this file): reads and
// validates each document named, prints every diagnostic and a summary. Exit 0: all valid; 1: some invalid; 2: usage
// or a file that could not be opened.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Inspections.AotSample FILE.json...");
    return 2;
}

int invalid = 0;
foreach (string path in args)
{
    byte[] bytes;
    try
    {
        bytes = File.ReadAllBytes(path);
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        return 2;
    }

    InspectionReadResult result = InspectionJson.Read(bytes);
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.WriteLine($"{path}: {diagnostic}");
    }

    string subject = result.Inspection is { } inspection ? inspection.ToString() : "(not read)";
    Console.WriteLine($"{path}: {result} - {subject}");
    if (!result.IsValid)
    {
        invalid++;
    }
}

return invalid == 0 ? 0 : 1;
