using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using SharpFuzz;

namespace Inspections.Fuzz;

/// <summary>
/// The fuzzing harness (fuzz/README.md):
/// <c>afl TARGET</c> runs one target under afl-fuzz (SharpFuzz, out of process);
/// <c>random TARGET|all SECONDS [SEED]</c> runs an in-process mutation loop over the seeds, with no afl;
/// <c>replay TARGET FILE...</c> runs files through a target and prints what each does.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "afl")
        {
            var target = Targets.Get(args[1]);
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        if (args.Length >= 3 && args[0] == "random")
        {
            int seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Environment.TickCount;
            return Random(args[1] == "all" ? Targets.Names : [args[1]], TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture)), seed);
        }

        if (args.Length >= 3 && args[0] == "replay")
        {
            var target = Targets.Get(args[1]);
            int failures = 0;
            foreach (string file in args.Skip(2))
            {
                try
                {
                    target(File.ReadAllBytes(file));
                    Console.WriteLine($"{file}: ok");
                }
                catch (Exception e)
                {
                    failures++;
                    Console.WriteLine($"{file}: {e}");
                }
            }

            return failures == 0 ? 0 : 1;
        }

        Console.Error.WriteLine("usage: Inspections.Fuzz afl TARGET | random TARGET|all SECONDS [SEED] | replay TARGET FILE...");
        Console.Error.WriteLine($"targets: {string.Join(", ", Targets.Names)}");
        return 2;
    }

    private static int Random(string[] names, TimeSpan duration, int seed)
    {
        string root = FindFuzzFolder();
        var random = new Random(seed);
        var targets = names.Select(n => (Name: n, Run: Targets.Get(n), Seeds: LoadSeeds(Path.Combine(root, "seeds", n)))).ToList();
        var executions = new Dictionary<string, long>();
        var crashes = new Dictionary<string, string>();
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"random fuzzing of {string.Join(", ", names)} for {duration.TotalSeconds:0} s, seed {seed}");
        long total = 0;

        // A watchdog: an input that runs for more than 10 seconds is saved as a hang (and reported once).
        byte[]? current = null;
        string currentTarget = string.Empty;
        int hangs = 0;
        var started = Stopwatch.StartNew();
        using var watchdog = new System.Threading.Timer(
            _ =>
            {
                var input = Volatile.Read(ref current);
                if (input is not null && started.Elapsed > TimeSpan.FromSeconds(10))
                {
                    string folder = Path.Combine(root, "findings", "random", currentTarget);
                    Directory.CreateDirectory(folder);
                    string file = Path.Combine(folder, "hang-" + Convert.ToHexString(SHA256.HashData(input))[..16] + ".bin");
                    if (!File.Exists(file))
                    {
                        File.WriteAllBytes(file, input);
                        Interlocked.Increment(ref hangs);
                        Console.WriteLine($"HANG {currentTarget}: running for {started.Elapsed.TotalSeconds:0} s\n  saved {file}");
                    }
                }
            },
            null,
            TimeSpan.FromSeconds(5),
            TimeSpan.FromSeconds(5));
        while (clock.Elapsed < duration)
        {
            var (name, run, seeds) = targets[random.Next(targets.Count)];
            var mutator = new Mutator(random, seeds);
            for (int i = 0; i < 100; i++)
            {
                byte[] input = random.Next(20) == 0 ? RandomBytes(random) : mutator.Mutate(seeds[random.Next(seeds.Count)]);
                try
                {
                    currentTarget = name;
                    started.Restart();
                    Volatile.Write(ref current, input);
                    run(input);
                }
                catch (Exception e)
                {
                    string signature = $"{name}: {e.GetType().Name}: {e.Message.Split('\n')[0]} @ {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
                    if (!crashes.ContainsKey(signature))
                    {
                        string folder = Path.Combine(root, "findings", "random", name);
                        Directory.CreateDirectory(folder);
                        string file = Path.Combine(folder, Convert.ToHexString(SHA256.HashData(input))[..16] + ".bin");
                        File.WriteAllBytes(file, input);
                        File.WriteAllText(file + ".txt", e.ToString());
                        crashes[signature] = file;
                        Console.WriteLine($"CRASH {signature}\n  saved {file}");
                    }
                }
                finally
                {
                    Volatile.Write(ref current, null);
                }

                executions[name] = executions.GetValueOrDefault(name) + 1;
                total++;
            }
        }

        Console.WriteLine($"ran {clock.Elapsed.TotalSeconds:0} s, {total:N0} executions ({total / clock.Elapsed.TotalSeconds:N0}/s): "
            + string.Join(", ", executions.Select(e => $"{e.Key} {e.Value:N0}")));
        Console.WriteLine($"{crashes.Count} distinct crashes, {hangs} inputs that ran for more than 10 s");
        return crashes.Count == 0 && hangs == 0 ? 0 : 1;
    }

    private static byte[] RandomBytes(Random random)
    {
        byte[] bytes = new byte[random.Next(0, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static List<byte[]> LoadSeeds(string folder)
    {
        var seeds = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList()
            : [];
        if (seeds.Count == 0)
        {
            seeds.Add([]);
        }

        return seeds;
    }

    private static string FindFuzzFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && File.Exists(Path.Combine(dir.FullName, "README.md")))
            {
                return dir.FullName;
            }

            if (Directory.Exists(Path.Combine(dir.FullName, "fuzz", "seeds")))
            {
                return Path.Combine(dir.FullName, "fuzz");
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
