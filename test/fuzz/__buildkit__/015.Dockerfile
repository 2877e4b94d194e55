FROM busy box
