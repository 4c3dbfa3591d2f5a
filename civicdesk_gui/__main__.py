from civicdesk_gui.cli import main

raise SystemExit(main())
