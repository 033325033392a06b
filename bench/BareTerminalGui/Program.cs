using Terminal.Gui.App;
using Terminal.Gui.Views;

// One window, one label: what any Terminal.Gui program pays before its first frame.
using var app = Application.Create();
app.Init();
using var window = new Window { Title = "bare" };
window.Add(new Label { Text = "Units by state" });
app.Run(window);
