/** The page's entry: global styles and the app root (index.html holds <spillover-app>). */
import './page.css';
import './spillover-app';
