// The screens still name the coverage they show by the dock's former type. It is the one answer
// of CoverageService now; this alias goes when the screens move to Terminal.Gui.
global using DockCoverage = Depot.Core.Coverage.CoverageOnDate;
