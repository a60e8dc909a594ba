namespace Inspections.Core.FsCheck;
