module example.com/workspaces/status

go 1.19
